"""General and user spaces, the academy and agent conversations keep what they are given."""

from __future__ import annotations

import httpx

from tiledb.client.testing import FakeServer


def test_the_general_space_is_read_and_updated(server: FakeServer, client: httpx.Client) -> None:
    ws = server.workspace_name
    space = client.get(f"/v4/generalspaces/{ws}").json()["data"]
    assert space["generalspace_id"] == server.teamspace_id
    assert client.patch(f"/v4/generalspaces/{ws}", json={"description": "everyone"}).status_code == 204
    again = client.get(f"/v4/generalspaces/{ws}/{space['generalspace_id']}").json()["data"]
    assert again["description"] == "everyone"
    assert client.get(f"/v4/generalspaces/{ws}/ts_other").status_code == 404


def test_a_user_space_is_the_callers_own(server: FakeServer, client: httpx.Client) -> None:
    ws = server.workspace_name
    space = client.get(f"/v4/userspaces/{ws}/self").json()["data"]
    assert (
        client.patch(f"/v4/userspaces/{ws}/{space['userspace_id']}", json={"name": "mine"}).status_code == 204
    )
    assert client.get(f"/v4/userspaces/{ws}/{space['userspace_id']}").json()["data"]["name"] == "mine"
    assert client.get(f"/v4/userspaces/{ws}/us_someone_else").status_code == 404


def test_academy_progress_is_kept(client: httpx.Client) -> None:
    assert client.get("/v4/academy/lessons").json()["data"] == []
    lessons = [{"lesson_id": "intro", "lesson_version": "1", "completed": True}]
    assert client.put("/v4/academy/lessons", json=lessons).status_code == 200
    assert client.get("/v4/academy/lessons").json()["data"] == lessons
    assert client.get("/v4/academy/questionnaires/q1").status_code == 404
    answers = {
        "questionnaire_id": "q1",
        "questionnaire_version": "1",
        "completed": False,
        "user_answers": [{"question_id": "a", "answer_id": "b"}],
    }
    assert client.put("/v4/academy/questionnaires/q1", json=answers).status_code == 200
    assert client.get("/v4/academy/questionnaires/q1").json()["data"] == [answers]
    assert client.put("/v4/academy/questionnaires/q2", json=answers).status_code == 200
    assert client.get("/v4/academy/questionnaires/q2").json()["data"][0]["questionnaire_id"] == "q2"


def test_conversations_are_listed_read_and_deleted(server: FakeServer, client: httpx.Client) -> None:
    ws = server.workspace_name
    cid = server.add_conversation("sizes", [("user", "how big?"), ("assistant", "4 KiB")])
    listed = client.get(f"/v4/agents/conversations/{ws}").json()
    assert (listed["total"], [c["conversation_id"] for c in listed["conversations"]]) == (1, [cid])
    history = client.get(f"/v4/agents/conversations/{ws}/{cid}").json()
    assert history["message_count"] == 2
    assert history["messages"][1] == {"role": "assistant", "content": "4 KiB"}
    assert client.delete(f"/v4/agents/conversations/{ws}/{cid}").status_code == 204
    assert client.get(f"/v4/agents/conversations/{ws}/{cid}").status_code == 404
    assert client.get(f"/v4/agents/conversations/{ws}").json() == {"conversations": [], "total": 0}

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_answer import UserAnswer


T = TypeVar("T", bound="AcademyQuestionnaire")


@_attrs_define
class AcademyQuestionnaire:
    """
    Attributes:
        questionnaire_id (str):
        questionnaire_version (str):
        completed (bool):
        user_answers (list[UserAnswer]):
    """

    questionnaire_id: str
    questionnaire_version: str
    completed: bool
    user_answers: list[UserAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        questionnaire_id = self.questionnaire_id

        questionnaire_version = self.questionnaire_version

        completed = self.completed

        user_answers = []
        for user_answers_item_data in self.user_answers:
            user_answers_item = user_answers_item_data.to_dict()
            user_answers.append(user_answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questionnaire_id": questionnaire_id,
                "questionnaire_version": questionnaire_version,
                "completed": completed,
                "user_answers": user_answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_answer import UserAnswer  # noqa: PLC0415

        d = dict(src_dict)
        questionnaire_id = d.pop("questionnaire_id")

        questionnaire_version = d.pop("questionnaire_version")

        completed = d.pop("completed")

        user_answers = []
        _user_answers = d.pop("user_answers")
        for user_answers_item_data in _user_answers:
            user_answers_item = UserAnswer.from_dict(user_answers_item_data)

            user_answers.append(user_answers_item)

        academy_questionnaire = cls(
            questionnaire_id=questionnaire_id,
            questionnaire_version=questionnaire_version,
            completed=completed,
            user_answers=user_answers,
        )

        academy_questionnaire.additional_properties = d
        return academy_questionnaire

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

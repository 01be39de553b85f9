# The models used by the fields are imported at the bottom of the module.
# ruff: noqa: E402
from __future__ import annotations

from collections.abc import Mapping
from threading import get_ident as _get_ident
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def __repr__(self) -> str:
        key = (id(self), _get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            name = self.__class__.__qualname__.rsplit(">.", 1)[-1]
            return (
                f"{name}("
                f"questionnaire_id={self.questionnaire_id!r}, "
                f"questionnaire_version={self.questionnaire_version!r}, "
                f"completed={self.completed!r}, "
                f"user_answers={self.user_answers!r}, "
                f"additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            )
        finally:
            _REPRING.discard(key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.questionnaire_id == other.questionnaire_id
            and self.questionnaire_version == other.questionnaire_version
            and self.completed == other.completed
            and self.user_answers == other.user_answers
            and self.additional_properties == other.additional_properties
        )

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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            src_dict = dict(src_dict)  # not a mapping: fail (or convert) exactly as dict() does
        questionnaire_id = src_dict["questionnaire_id"]

        questionnaire_version = src_dict["questionnaire_version"]

        completed = src_dict["completed"]

        user_answers = list(map(UserAnswer.from_dict, src_dict["user_answers"]))

        instance = cls.__new__(cls)
        instance.questionnaire_id = questionnaire_id
        instance.questionnaire_version = questionnaire_version
        instance.completed = completed
        instance.user_answers = user_answers
        if _FIELDS.issuperset(src_dict):
            instance.additional_properties = {}
        else:
            instance.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return instance

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


# The objects being shown by __repr__, with their thread: a model inside itself shows as "...".
_REPRING: set[tuple[int, int]] = set()

# The JSON names of the fields; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(("questionnaire_id", "questionnaire_version", "completed", "user_answers"))

# Models used by the fields, imported once the class above exists (so import cycles resolve).
from ..models.user_answer import UserAnswer

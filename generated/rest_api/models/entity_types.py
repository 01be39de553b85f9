from enum import StrEnum


class EntityTypes(StrEnum):
    ARRAY = "array"
    ASSET = "asset"
    FILE = "file"
    FOLDER = "folder"
    GROUP = "group"
    NOTEBOOK = "notebook"
    TOKEN = "token"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

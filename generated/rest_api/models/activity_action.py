from enum import StrEnum


class ActivityAction(StrEnum):
    ADD_CONTENT = "add-content"
    ADD_CONTENT_VIA_MOVE = "add-content-via-move"
    ADD_METADATA = "add-metadata"
    CREATE = "create"
    DELETE = "delete"
    DELETE_FRAGMENTS = "delete-fragments"
    DELETE_FRAGMENTS_LIST = "delete-fragments-list"
    QUERY_DELETE = "query-delete"
    QUERY_READ = "query-read"
    QUERY_WRITE = "query-write"
    READ = "read"
    READ_CONTENT = "read-content"
    READ_METADATA = "read-metadata"
    REGISTER = "register"
    REMOVE_CONTENT = "remove-content"
    REMOVE_CONTENT_VIA_MOVE = "remove-content-via-move"
    REMOVE_METADATA = "remove-metadata"
    START_NOTEBOOK = "start-notebook"
    STOP_NOTEBOOK = "stop-notebook"
    UPDATE = "update"
    UPDATE_METADATA = "update-metadata"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class DatabricksWarehouseState(StrEnum):
    DELETED = "DELETED"
    DELETING = "DELETING"
    RUNNING = "RUNNING"
    STARTING = "STARTING"
    STOPPED = "STOPPED"
    STOPPING = "STOPPING"

    def __str__(self) -> str:
        return str(self.value)

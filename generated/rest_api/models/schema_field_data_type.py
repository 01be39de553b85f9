from enum import StrEnum


class SchemaFieldDataType(StrEnum):
    ARRAY = "array"
    BINARY = "binary"
    BOOLEAN = "boolean"
    BYTE = "byte"
    DATE = "date"
    DECIMAL = "decimal"
    DOUBLE = "double"
    FLOAT = "float"
    INTEGER = "integer"
    LONG = "long"
    SHORT = "short"
    STRING = "string"
    STRUCT = "struct"
    TIMESTAMP = "timestamp"

    def __str__(self) -> str:
        return str(self.value)

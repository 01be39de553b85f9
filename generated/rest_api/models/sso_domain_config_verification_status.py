from enum import StrEnum


class SSODomainConfigVerificationStatus(StrEnum):
    ERROR = "error"
    GRACE_PERIOD = "grace_period"
    UNVERIFIED = "unverified"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class AssetMemberType(StrEnum):
    BIOIMG_MEMBER = "bioimg_member"
    GEOMETRY_MEMBER = "geometry_member"
    POINT_CLOUD_MEMBER = "point_cloud_member"
    RASTER_MEMBER = "raster_member"
    SOMA_MEMBER = "soma_member"
    VCF_MEMBER = "vcf_member"
    VECTOR_SEARCH_MEMBER = "vector_search_member"

    def __str__(self) -> str:
        return str(self.value)

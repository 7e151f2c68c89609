from typing import Literal, cast

MultivariateMarketLifecyclePayloadType = Literal["multivariate_market_lifecycle"]

MULTIVARIATE_MARKET_LIFECYCLE_PAYLOAD_TYPE_VALUES: set[MultivariateMarketLifecyclePayloadType] = {
    "multivariate_market_lifecycle",
}


def check_multivariate_market_lifecycle_payload_type(
    value: str,
) -> MultivariateMarketLifecyclePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(MultivariateMarketLifecyclePayloadType, value)

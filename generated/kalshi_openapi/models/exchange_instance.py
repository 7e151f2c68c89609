from typing import Literal, cast

ExchangeInstance = Literal["event_contract", "margined"]

EXCHANGE_INSTANCE_VALUES: set[ExchangeInstance] = {
    "event_contract",
    "margined",
}


def check_exchange_instance(value: str) -> ExchangeInstance:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(ExchangeInstance, value)

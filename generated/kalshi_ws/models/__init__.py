"""Data models; each is imported on first use, so importing the package stays cheap."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .book_side import BookSide
    from .cfbenchmarks_avg_data import CfbenchmarksAvgData
    from .cfbenchmarks_index_list_payload import CfbenchmarksIndexListPayload
    from .cfbenchmarks_index_list_payload_msg import CfbenchmarksIndexListPayloadMsg
    from .cfbenchmarks_index_list_payload_type import CfbenchmarksIndexListPayloadType
    from .cfbenchmarks_update_subscription_command_payload import (
        CfbenchmarksUpdateSubscriptionCommandPayload,
    )
    from .cfbenchmarks_update_subscription_command_payload_cmd import (
        CfbenchmarksUpdateSubscriptionCommandPayloadCmd,
    )
    from .cfbenchmarks_update_subscription_command_payload_params import (
        CfbenchmarksUpdateSubscriptionCommandPayloadParams,
    )
    from .cfbenchmarks_update_subscription_command_payload_params_action import (
        CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction,
    )
    from .cfbenchmarks_value_payload import CfbenchmarksValuePayload
    from .cfbenchmarks_value_payload_msg import CfbenchmarksValuePayloadMsg
    from .cfbenchmarks_value_payload_type import CfbenchmarksValuePayloadType
    from .error_response_payload import ErrorResponsePayload
    from .error_response_payload_msg import ErrorResponsePayloadMsg
    from .error_response_payload_type import ErrorResponsePayloadType
    from .event_fee_update_payload import EventFeeUpdatePayload
    from .event_fee_update_payload_msg import EventFeeUpdatePayloadMsg
    from .event_fee_update_payload_msg_fee_type_override import (
        EventFeeUpdatePayloadMsgFeeTypeOverride,
    )
    from .event_fee_update_payload_type import EventFeeUpdatePayloadType
    from .event_lifecycle_payload import EventLifecyclePayload
    from .event_lifecycle_payload_msg import EventLifecyclePayloadMsg
    from .event_lifecycle_payload_msg_collateral_return_type import (
        EventLifecyclePayloadMsgCollateralReturnType,
    )
    from .event_lifecycle_payload_type import EventLifecyclePayloadType
    from .fill_payload import FillPayload
    from .fill_payload_msg import FillPayloadMsg
    from .fill_payload_type import FillPayloadType
    from .list_subscriptions_command_payload import ListSubscriptionsCommandPayload
    from .list_subscriptions_command_payload_cmd import ListSubscriptionsCommandPayloadCmd
    from .list_subscriptions_response_payload import ListSubscriptionsResponsePayload
    from .list_subscriptions_response_payload_msg_item import (
        ListSubscriptionsResponsePayloadMsgItem,
    )
    from .list_subscriptions_response_payload_type import ListSubscriptionsResponsePayloadType
    from .market_lifecycle_v2_payload import MarketLifecycleV2Payload
    from .market_lifecycle_v2_payload_msg import MarketLifecycleV2PayloadMsg
    from .market_lifecycle_v2_payload_msg_additional_metadata import (
        MarketLifecycleV2PayloadMsgAdditionalMetadata,
    )
    from .market_lifecycle_v2_payload_msg_additional_metadata_custom_strike import (
        MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike,
    )
    from .market_lifecycle_v2_payload_msg_custom_strike import (
        MarketLifecycleV2PayloadMsgCustomStrike,
    )
    from .market_lifecycle_v2_payload_msg_event_type import MarketLifecycleV2PayloadMsgEventType
    from .market_lifecycle_v2_payload_msg_price_level_structure import (
        MarketLifecycleV2PayloadMsgPriceLevelStructure,
    )
    from .market_lifecycle_v2_payload_msg_price_ranges_item import (
        MarketLifecycleV2PayloadMsgPriceRangesItem,
    )
    from .market_lifecycle_v2_payload_type import MarketLifecycleV2PayloadType
    from .market_position_payload import MarketPositionPayload
    from .market_position_payload_msg import MarketPositionPayloadMsg
    from .market_position_payload_type import MarketPositionPayloadType
    from .market_side import MarketSide
    from .multivariate_market_lifecycle_payload import MultivariateMarketLifecyclePayload
    from .multivariate_market_lifecycle_payload_msg import MultivariateMarketLifecyclePayloadMsg
    from .multivariate_market_lifecycle_payload_msg_additional_metadata import (
        MultivariateMarketLifecyclePayloadMsgAdditionalMetadata,
    )
    from .multivariate_market_lifecycle_payload_msg_additional_metadata_custom_strike import (
        MultivariateMarketLifecyclePayloadMsgAdditionalMetadataCustomStrike,
    )
    from .multivariate_market_lifecycle_payload_msg_custom_strike import (
        MultivariateMarketLifecyclePayloadMsgCustomStrike,
    )
    from .multivariate_market_lifecycle_payload_msg_event_type import (
        MultivariateMarketLifecyclePayloadMsgEventType,
    )
    from .multivariate_market_lifecycle_payload_msg_price_level_structure import (
        MultivariateMarketLifecyclePayloadMsgPriceLevelStructure,
    )
    from .multivariate_market_lifecycle_payload_msg_price_ranges_item import (
        MultivariateMarketLifecyclePayloadMsgPriceRangesItem,
    )
    from .multivariate_market_lifecycle_payload_type import MultivariateMarketLifecyclePayloadType
    from .ok_response_payload import OkResponsePayload
    from .ok_response_payload_msg import OkResponsePayloadMsg
    from .ok_response_payload_type import OkResponsePayloadType
    from .order_action import OrderAction
    from .order_group_updates_payload import OrderGroupUpdatesPayload
    from .order_group_updates_payload_msg import OrderGroupUpdatesPayloadMsg
    from .order_group_updates_payload_msg_event_type import OrderGroupUpdatesPayloadMsgEventType
    from .order_group_updates_payload_type import OrderGroupUpdatesPayloadType
    from .orderbook_delta_payload import OrderbookDeltaPayload
    from .orderbook_delta_payload_msg import OrderbookDeltaPayloadMsg
    from .orderbook_delta_payload_type import OrderbookDeltaPayloadType
    from .orderbook_snapshot_payload import OrderbookSnapshotPayload
    from .orderbook_snapshot_payload_msg import OrderbookSnapshotPayloadMsg
    from .orderbook_snapshot_payload_type import OrderbookSnapshotPayloadType
    from .pyth_underlying_list_payload import PythUnderlyingListPayload
    from .pyth_underlying_list_payload_msg import PythUnderlyingListPayloadMsg
    from .pyth_underlying_list_payload_type import PythUnderlyingListPayloadType
    from .pyth_update_subscription_command_payload import PythUpdateSubscriptionCommandPayload
    from .pyth_update_subscription_command_payload_cmd import (
        PythUpdateSubscriptionCommandPayloadCmd,
    )
    from .pyth_update_subscription_command_payload_params import (
        PythUpdateSubscriptionCommandPayloadParams,
    )
    from .pyth_update_subscription_command_payload_params_action import (
        PythUpdateSubscriptionCommandPayloadParamsAction,
    )
    from .pyth_value_payload import PythValuePayload
    from .pyth_value_payload_msg import PythValuePayloadMsg
    from .pyth_value_payload_type import PythValuePayloadType
    from .quote_accepted_payload import QuoteAcceptedPayload
    from .quote_accepted_payload_msg import QuoteAcceptedPayloadMsg
    from .quote_accepted_payload_msg_accepted_side import QuoteAcceptedPayloadMsgAcceptedSide
    from .quote_accepted_payload_type import QuoteAcceptedPayloadType
    from .quote_created_payload import QuoteCreatedPayload
    from .quote_created_payload_msg import QuoteCreatedPayloadMsg
    from .quote_created_payload_type import QuoteCreatedPayloadType
    from .quote_executed_payload import QuoteExecutedPayload
    from .quote_executed_payload_msg import QuoteExecutedPayloadMsg
    from .quote_executed_payload_type import QuoteExecutedPayloadType
    from .rfq_created_payload import RfqCreatedPayload
    from .rfq_created_payload_msg import RfqCreatedPayloadMsg
    from .rfq_created_payload_msg_mve_selected_legs_item import (
        RfqCreatedPayloadMsgMveSelectedLegsItem,
    )
    from .rfq_created_payload_type import RfqCreatedPayloadType
    from .rfq_deleted_payload import RfqDeletedPayload
    from .rfq_deleted_payload_msg import RfqDeletedPayloadMsg
    from .rfq_deleted_payload_type import RfqDeletedPayloadType
    from .subscribe_command_payload import SubscribeCommandPayload
    from .subscribe_command_payload_cmd import SubscribeCommandPayloadCmd
    from .subscribe_command_payload_params import SubscribeCommandPayloadParams
    from .subscribe_command_payload_params_channels_item import (
        SubscribeCommandPayloadParamsChannelsItem,
    )
    from .subscribed_response_payload import SubscribedResponsePayload
    from .subscribed_response_payload_msg import SubscribedResponsePayloadMsg
    from .subscribed_response_payload_type import SubscribedResponsePayloadType
    from .ticker_payload import TickerPayload
    from .ticker_payload_msg import TickerPayloadMsg
    from .ticker_payload_type import TickerPayloadType
    from .trade_payload import TradePayload
    from .trade_payload_msg import TradePayloadMsg
    from .trade_payload_type import TradePayloadType
    from .unsubscribe_command_payload import UnsubscribeCommandPayload
    from .unsubscribe_command_payload_cmd import UnsubscribeCommandPayloadCmd
    from .unsubscribe_command_payload_params import UnsubscribeCommandPayloadParams
    from .unsubscribed_response_payload import UnsubscribedResponsePayload
    from .unsubscribed_response_payload_type import UnsubscribedResponsePayloadType
    from .update_subscription_command_payload import UpdateSubscriptionCommandPayload
    from .update_subscription_command_payload_cmd import UpdateSubscriptionCommandPayloadCmd
    from .update_subscription_command_payload_params import UpdateSubscriptionCommandPayloadParams
    from .update_subscription_command_payload_params_action import (
        UpdateSubscriptionCommandPayloadParamsAction,
    )
    from .user_order_payload import UserOrderPayload
    from .user_order_payload_msg import UserOrderPayloadMsg
    from .user_order_payload_msg_self_trade_prevention_type import (
        UserOrderPayloadMsgSelfTradePreventionType,
    )
    from .user_order_payload_msg_status import UserOrderPayloadMsgStatus
    from .user_order_payload_type import UserOrderPayloadType

_MODULE_OF: dict[str, str] = {
    "BookSide": ".book_side",
    "CfbenchmarksAvgData": ".cfbenchmarks_avg_data",
    "CfbenchmarksIndexListPayload": ".cfbenchmarks_index_list_payload",
    "CfbenchmarksIndexListPayloadMsg": ".cfbenchmarks_index_list_payload_msg",
    "CfbenchmarksIndexListPayloadType": ".cfbenchmarks_index_list_payload_type",
    "CfbenchmarksUpdateSubscriptionCommandPayload": ".cfbenchmarks_update_subscription_command_payload",
    "CfbenchmarksUpdateSubscriptionCommandPayloadCmd": ".cfbenchmarks_update_subscription_command_payload_cmd",
    "CfbenchmarksUpdateSubscriptionCommandPayloadParams": ".cfbenchmarks_update_subscription_command_payload_params",
    "CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction": ".cfbenchmarks_update_subscription_command_payload_params_action",
    "CfbenchmarksValuePayload": ".cfbenchmarks_value_payload",
    "CfbenchmarksValuePayloadMsg": ".cfbenchmarks_value_payload_msg",
    "CfbenchmarksValuePayloadType": ".cfbenchmarks_value_payload_type",
    "ErrorResponsePayload": ".error_response_payload",
    "ErrorResponsePayloadMsg": ".error_response_payload_msg",
    "ErrorResponsePayloadType": ".error_response_payload_type",
    "EventFeeUpdatePayload": ".event_fee_update_payload",
    "EventFeeUpdatePayloadMsg": ".event_fee_update_payload_msg",
    "EventFeeUpdatePayloadMsgFeeTypeOverride": ".event_fee_update_payload_msg_fee_type_override",
    "EventFeeUpdatePayloadType": ".event_fee_update_payload_type",
    "EventLifecyclePayload": ".event_lifecycle_payload",
    "EventLifecyclePayloadMsg": ".event_lifecycle_payload_msg",
    "EventLifecyclePayloadMsgCollateralReturnType": ".event_lifecycle_payload_msg_collateral_return_type",
    "EventLifecyclePayloadType": ".event_lifecycle_payload_type",
    "FillPayload": ".fill_payload",
    "FillPayloadMsg": ".fill_payload_msg",
    "FillPayloadType": ".fill_payload_type",
    "ListSubscriptionsCommandPayload": ".list_subscriptions_command_payload",
    "ListSubscriptionsCommandPayloadCmd": ".list_subscriptions_command_payload_cmd",
    "ListSubscriptionsResponsePayload": ".list_subscriptions_response_payload",
    "ListSubscriptionsResponsePayloadMsgItem": ".list_subscriptions_response_payload_msg_item",
    "ListSubscriptionsResponsePayloadType": ".list_subscriptions_response_payload_type",
    "MarketLifecycleV2Payload": ".market_lifecycle_v2_payload",
    "MarketLifecycleV2PayloadMsg": ".market_lifecycle_v2_payload_msg",
    "MarketLifecycleV2PayloadMsgAdditionalMetadata": ".market_lifecycle_v2_payload_msg_additional_metadata",
    "MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike": ".market_lifecycle_v2_payload_msg_additional_metadata_custom_strike",
    "MarketLifecycleV2PayloadMsgCustomStrike": ".market_lifecycle_v2_payload_msg_custom_strike",
    "MarketLifecycleV2PayloadMsgEventType": ".market_lifecycle_v2_payload_msg_event_type",
    "MarketLifecycleV2PayloadMsgPriceLevelStructure": ".market_lifecycle_v2_payload_msg_price_level_structure",
    "MarketLifecycleV2PayloadMsgPriceRangesItem": ".market_lifecycle_v2_payload_msg_price_ranges_item",
    "MarketLifecycleV2PayloadType": ".market_lifecycle_v2_payload_type",
    "MarketPositionPayload": ".market_position_payload",
    "MarketPositionPayloadMsg": ".market_position_payload_msg",
    "MarketPositionPayloadType": ".market_position_payload_type",
    "MarketSide": ".market_side",
    "MultivariateMarketLifecyclePayload": ".multivariate_market_lifecycle_payload",
    "MultivariateMarketLifecyclePayloadMsg": ".multivariate_market_lifecycle_payload_msg",
    "MultivariateMarketLifecyclePayloadMsgAdditionalMetadata": ".multivariate_market_lifecycle_payload_msg_additional_metadata",
    "MultivariateMarketLifecyclePayloadMsgAdditionalMetadataCustomStrike": ".multivariate_market_lifecycle_payload_msg_additional_metadata_custom_strike",
    "MultivariateMarketLifecyclePayloadMsgCustomStrike": ".multivariate_market_lifecycle_payload_msg_custom_strike",
    "MultivariateMarketLifecyclePayloadMsgEventType": ".multivariate_market_lifecycle_payload_msg_event_type",
    "MultivariateMarketLifecyclePayloadMsgPriceLevelStructure": ".multivariate_market_lifecycle_payload_msg_price_level_structure",
    "MultivariateMarketLifecyclePayloadMsgPriceRangesItem": ".multivariate_market_lifecycle_payload_msg_price_ranges_item",
    "MultivariateMarketLifecyclePayloadType": ".multivariate_market_lifecycle_payload_type",
    "OkResponsePayload": ".ok_response_payload",
    "OkResponsePayloadMsg": ".ok_response_payload_msg",
    "OkResponsePayloadType": ".ok_response_payload_type",
    "OrderAction": ".order_action",
    "OrderGroupUpdatesPayload": ".order_group_updates_payload",
    "OrderGroupUpdatesPayloadMsg": ".order_group_updates_payload_msg",
    "OrderGroupUpdatesPayloadMsgEventType": ".order_group_updates_payload_msg_event_type",
    "OrderGroupUpdatesPayloadType": ".order_group_updates_payload_type",
    "OrderbookDeltaPayload": ".orderbook_delta_payload",
    "OrderbookDeltaPayloadMsg": ".orderbook_delta_payload_msg",
    "OrderbookDeltaPayloadType": ".orderbook_delta_payload_type",
    "OrderbookSnapshotPayload": ".orderbook_snapshot_payload",
    "OrderbookSnapshotPayloadMsg": ".orderbook_snapshot_payload_msg",
    "OrderbookSnapshotPayloadType": ".orderbook_snapshot_payload_type",
    "PythUnderlyingListPayload": ".pyth_underlying_list_payload",
    "PythUnderlyingListPayloadMsg": ".pyth_underlying_list_payload_msg",
    "PythUnderlyingListPayloadType": ".pyth_underlying_list_payload_type",
    "PythUpdateSubscriptionCommandPayload": ".pyth_update_subscription_command_payload",
    "PythUpdateSubscriptionCommandPayloadCmd": ".pyth_update_subscription_command_payload_cmd",
    "PythUpdateSubscriptionCommandPayloadParams": ".pyth_update_subscription_command_payload_params",
    "PythUpdateSubscriptionCommandPayloadParamsAction": ".pyth_update_subscription_command_payload_params_action",
    "PythValuePayload": ".pyth_value_payload",
    "PythValuePayloadMsg": ".pyth_value_payload_msg",
    "PythValuePayloadType": ".pyth_value_payload_type",
    "QuoteAcceptedPayload": ".quote_accepted_payload",
    "QuoteAcceptedPayloadMsg": ".quote_accepted_payload_msg",
    "QuoteAcceptedPayloadMsgAcceptedSide": ".quote_accepted_payload_msg_accepted_side",
    "QuoteAcceptedPayloadType": ".quote_accepted_payload_type",
    "QuoteCreatedPayload": ".quote_created_payload",
    "QuoteCreatedPayloadMsg": ".quote_created_payload_msg",
    "QuoteCreatedPayloadType": ".quote_created_payload_type",
    "QuoteExecutedPayload": ".quote_executed_payload",
    "QuoteExecutedPayloadMsg": ".quote_executed_payload_msg",
    "QuoteExecutedPayloadType": ".quote_executed_payload_type",
    "RfqCreatedPayload": ".rfq_created_payload",
    "RfqCreatedPayloadMsg": ".rfq_created_payload_msg",
    "RfqCreatedPayloadMsgMveSelectedLegsItem": ".rfq_created_payload_msg_mve_selected_legs_item",
    "RfqCreatedPayloadType": ".rfq_created_payload_type",
    "RfqDeletedPayload": ".rfq_deleted_payload",
    "RfqDeletedPayloadMsg": ".rfq_deleted_payload_msg",
    "RfqDeletedPayloadType": ".rfq_deleted_payload_type",
    "SubscribeCommandPayload": ".subscribe_command_payload",
    "SubscribeCommandPayloadCmd": ".subscribe_command_payload_cmd",
    "SubscribeCommandPayloadParams": ".subscribe_command_payload_params",
    "SubscribeCommandPayloadParamsChannelsItem": ".subscribe_command_payload_params_channels_item",
    "SubscribedResponsePayload": ".subscribed_response_payload",
    "SubscribedResponsePayloadMsg": ".subscribed_response_payload_msg",
    "SubscribedResponsePayloadType": ".subscribed_response_payload_type",
    "TickerPayload": ".ticker_payload",
    "TickerPayloadMsg": ".ticker_payload_msg",
    "TickerPayloadType": ".ticker_payload_type",
    "TradePayload": ".trade_payload",
    "TradePayloadMsg": ".trade_payload_msg",
    "TradePayloadType": ".trade_payload_type",
    "UnsubscribeCommandPayload": ".unsubscribe_command_payload",
    "UnsubscribeCommandPayloadCmd": ".unsubscribe_command_payload_cmd",
    "UnsubscribeCommandPayloadParams": ".unsubscribe_command_payload_params",
    "UnsubscribedResponsePayload": ".unsubscribed_response_payload",
    "UnsubscribedResponsePayloadType": ".unsubscribed_response_payload_type",
    "UpdateSubscriptionCommandPayload": ".update_subscription_command_payload",
    "UpdateSubscriptionCommandPayloadCmd": ".update_subscription_command_payload_cmd",
    "UpdateSubscriptionCommandPayloadParams": ".update_subscription_command_payload_params",
    "UpdateSubscriptionCommandPayloadParamsAction": ".update_subscription_command_payload_params_action",
    "UserOrderPayload": ".user_order_payload",
    "UserOrderPayloadMsg": ".user_order_payload_msg",
    "UserOrderPayloadMsgSelfTradePreventionType": ".user_order_payload_msg_self_trade_prevention_type",
    "UserOrderPayloadMsgStatus": ".user_order_payload_msg_status",
    "UserOrderPayloadType": ".user_order_payload_type",
}

__all__ = (
    "BookSide",
    "CfbenchmarksAvgData",
    "CfbenchmarksIndexListPayload",
    "CfbenchmarksIndexListPayloadMsg",
    "CfbenchmarksIndexListPayloadType",
    "CfbenchmarksUpdateSubscriptionCommandPayload",
    "CfbenchmarksUpdateSubscriptionCommandPayloadCmd",
    "CfbenchmarksUpdateSubscriptionCommandPayloadParams",
    "CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction",
    "CfbenchmarksValuePayload",
    "CfbenchmarksValuePayloadMsg",
    "CfbenchmarksValuePayloadType",
    "ErrorResponsePayload",
    "ErrorResponsePayloadMsg",
    "ErrorResponsePayloadType",
    "EventFeeUpdatePayload",
    "EventFeeUpdatePayloadMsg",
    "EventFeeUpdatePayloadMsgFeeTypeOverride",
    "EventFeeUpdatePayloadType",
    "EventLifecyclePayload",
    "EventLifecyclePayloadMsg",
    "EventLifecyclePayloadMsgCollateralReturnType",
    "EventLifecyclePayloadType",
    "FillPayload",
    "FillPayloadMsg",
    "FillPayloadType",
    "ListSubscriptionsCommandPayload",
    "ListSubscriptionsCommandPayloadCmd",
    "ListSubscriptionsResponsePayload",
    "ListSubscriptionsResponsePayloadMsgItem",
    "ListSubscriptionsResponsePayloadType",
    "MarketLifecycleV2Payload",
    "MarketLifecycleV2PayloadMsg",
    "MarketLifecycleV2PayloadMsgAdditionalMetadata",
    "MarketLifecycleV2PayloadMsgAdditionalMetadataCustomStrike",
    "MarketLifecycleV2PayloadMsgCustomStrike",
    "MarketLifecycleV2PayloadMsgEventType",
    "MarketLifecycleV2PayloadMsgPriceLevelStructure",
    "MarketLifecycleV2PayloadMsgPriceRangesItem",
    "MarketLifecycleV2PayloadType",
    "MarketPositionPayload",
    "MarketPositionPayloadMsg",
    "MarketPositionPayloadType",
    "MarketSide",
    "MultivariateMarketLifecyclePayload",
    "MultivariateMarketLifecyclePayloadMsg",
    "MultivariateMarketLifecyclePayloadMsgAdditionalMetadata",
    "MultivariateMarketLifecyclePayloadMsgAdditionalMetadataCustomStrike",
    "MultivariateMarketLifecyclePayloadMsgCustomStrike",
    "MultivariateMarketLifecyclePayloadMsgEventType",
    "MultivariateMarketLifecyclePayloadMsgPriceLevelStructure",
    "MultivariateMarketLifecyclePayloadMsgPriceRangesItem",
    "MultivariateMarketLifecyclePayloadType",
    "OkResponsePayload",
    "OkResponsePayloadMsg",
    "OkResponsePayloadType",
    "OrderAction",
    "OrderGroupUpdatesPayload",
    "OrderGroupUpdatesPayloadMsg",
    "OrderGroupUpdatesPayloadMsgEventType",
    "OrderGroupUpdatesPayloadType",
    "OrderbookDeltaPayload",
    "OrderbookDeltaPayloadMsg",
    "OrderbookDeltaPayloadType",
    "OrderbookSnapshotPayload",
    "OrderbookSnapshotPayloadMsg",
    "OrderbookSnapshotPayloadType",
    "PythUnderlyingListPayload",
    "PythUnderlyingListPayloadMsg",
    "PythUnderlyingListPayloadType",
    "PythUpdateSubscriptionCommandPayload",
    "PythUpdateSubscriptionCommandPayloadCmd",
    "PythUpdateSubscriptionCommandPayloadParams",
    "PythUpdateSubscriptionCommandPayloadParamsAction",
    "PythValuePayload",
    "PythValuePayloadMsg",
    "PythValuePayloadType",
    "QuoteAcceptedPayload",
    "QuoteAcceptedPayloadMsg",
    "QuoteAcceptedPayloadMsgAcceptedSide",
    "QuoteAcceptedPayloadType",
    "QuoteCreatedPayload",
    "QuoteCreatedPayloadMsg",
    "QuoteCreatedPayloadType",
    "QuoteExecutedPayload",
    "QuoteExecutedPayloadMsg",
    "QuoteExecutedPayloadType",
    "RfqCreatedPayload",
    "RfqCreatedPayloadMsg",
    "RfqCreatedPayloadMsgMveSelectedLegsItem",
    "RfqCreatedPayloadType",
    "RfqDeletedPayload",
    "RfqDeletedPayloadMsg",
    "RfqDeletedPayloadType",
    "SubscribeCommandPayload",
    "SubscribeCommandPayloadCmd",
    "SubscribeCommandPayloadParams",
    "SubscribeCommandPayloadParamsChannelsItem",
    "SubscribedResponsePayload",
    "SubscribedResponsePayloadMsg",
    "SubscribedResponsePayloadType",
    "TickerPayload",
    "TickerPayloadMsg",
    "TickerPayloadType",
    "TradePayload",
    "TradePayloadMsg",
    "TradePayloadType",
    "UnsubscribeCommandPayload",
    "UnsubscribeCommandPayloadCmd",
    "UnsubscribeCommandPayloadParams",
    "UnsubscribedResponsePayload",
    "UnsubscribedResponsePayloadType",
    "UpdateSubscriptionCommandPayload",
    "UpdateSubscriptionCommandPayloadCmd",
    "UpdateSubscriptionCommandPayloadParams",
    "UpdateSubscriptionCommandPayloadParamsAction",
    "UserOrderPayload",
    "UserOrderPayloadMsg",
    "UserOrderPayloadMsgSelfTradePreventionType",
    "UserOrderPayloadMsgStatus",
    "UserOrderPayloadType",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

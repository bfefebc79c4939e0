/**
 * The payment provider seam: prepay, refund, and the provider's confirmations — the mock's HMAC callback signature,
 * WeChat Pay through its official SDK (prepay, refunds, verified and decrypted notifications) — and the refund
 * outbox's sender. Knows nothing of orders.
 */
package com.skyorders.payment;

/** The payment provider seam: prepay, refund, and the signature on its callbacks. Knows nothing of orders. */
package com.skyorders.payment;

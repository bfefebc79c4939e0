/**
 * Orders: submission from the cart, payment, the shop's workflow and the reads both audiences need. OrderStatus
 * owns the legal transitions; every change is a conditional UPDATE with its row count checked. Never imports
 * jakarta.servlet or jakarta.websocket.
 */
package com.skyorders.order;

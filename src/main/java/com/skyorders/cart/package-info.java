/** The customer's shopping cart: lines of dishes, serialised per customer by their row lock. */
package com.skyorders.cart;

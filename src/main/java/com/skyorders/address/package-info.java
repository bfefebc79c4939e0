/** Customers' address books; every query is scoped to the owner. */
package com.skyorders.address;

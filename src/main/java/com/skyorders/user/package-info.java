/** Customers: login through an identity provider, registration on first login. */
package com.skyorders.user;

/**
 * HTTP plumbing the edges share: the {@code Result} envelope and how a refusal travels (RefusalStatus), the
 * ApiServlet base with its routes and request reader, cookies, the auth and outage filters, and the container's JSON
 * error page. It serves the JSON API, the console and the socket handshake, and imports none of them.
 */
package com.skyorders.http;

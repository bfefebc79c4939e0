/**
 * The JSON edge: servlets that validate input and hand it to services, the Result envelope, and the container's
 * JSON error page. Servlets are registered as instances by App, so they take their dependencies by constructor.
 */
package com.skyorders.web;

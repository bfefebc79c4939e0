/**
 * The integration-test harness: one embedded MariaDB and one embedded Tomcat per JVM deploying the built WAR,
 * a real HTTP client, and a log capture to assert on what the server logged.
 */
package com.skyorders.testing;

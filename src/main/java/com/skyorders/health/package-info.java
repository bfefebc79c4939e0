/** The liveness and database check behind GET /health. */
package com.skyorders.health;

/** The refusals services raise and every edge understands: a leaf package anyone may import. */
package com.skyorders.error;

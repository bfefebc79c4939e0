/** Paging shapes shared by every listing: a leaf package. */
package com.skyorders.paging;

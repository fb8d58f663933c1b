/** How every service reads JSON request bodies. */
package org.carefeed.platform.json;

/** MongoDB glue both services share. */
package org.carefeed.platform.mongo;

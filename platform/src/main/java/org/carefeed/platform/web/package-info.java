/** The HTTP edge every service shares: errors as RFC 9457 problem details, and the request body limit. */
package org.carefeed.platform.web;

/** Writing XML safely: text made fit for XML 1.0 whatever older data holds. */
package org.carefeed.platform.xml;

/** Free text as Carefeed takes it in: text every output format can carry (JSON, XML 1.0, CSV, HTML). */
package org.carefeed.platform.text;

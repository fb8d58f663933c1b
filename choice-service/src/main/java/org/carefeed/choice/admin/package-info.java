/** Who may use the admin API: one configured administrator, over HTTP Basic. */
package org.carefeed.choice.admin;

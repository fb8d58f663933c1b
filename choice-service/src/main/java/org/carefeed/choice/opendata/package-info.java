/** How the open data is served to anyone, from anywhere: cross-origin access and what goes with it. */
package org.carefeed.choice.opendata;

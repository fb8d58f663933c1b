/** Demo data for the local stack: fictional providers, generated here, loaded through the real import. */
package org.carefeed.choice.demo;

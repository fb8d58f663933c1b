/**
 * Private complaints: taken with a human-friendly reference and a tracking link, moved through their
 * workflow by the provider's staff, acknowledged within three working days. What a complainant wrote
 * and how to contact them never leave this service; the complaints topic carries status only.
 */
package org.carefeed.feedback.complaint;

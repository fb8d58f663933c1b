package org.carefeed.choice.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator's credential. There is deliberately no default password: without one the admin
 * API refuses everyone.
 *
 * @param password plain, or encoded with a Spring Security prefix such as {@code {bcrypt}...}
 */
@ConfigurationProperties("carefeed.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {
}

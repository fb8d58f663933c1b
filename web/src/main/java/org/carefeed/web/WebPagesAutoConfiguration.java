package org.carefeed.web;

import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the security headers into any Carefeed service that has this module on its classpath. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebPageProperties.class)
public class WebPagesAutoConfiguration {

    /** Where both services serve the design system's CSS, JavaScript and images. */
    static final String ASSETS = "/assets/nhsuk/";

    /** First of all filters, so that even a response another filter refuses carries the headers. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(WebPageProperties properties) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The design system's files may be kept by browsers and caches for an hour: every page names them, and
     * without this Spring Security would forbid storing them. Their names carry no version, so not longer.
     */
    @Bean
    WebMvcConfigurer designSystemAssets() {
        return new WebMvcConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                registry.addResourceHandler(ASSETS + "**")
                        .addResourceLocations("classpath:/META-INF/resources" + ASSETS)
                        .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
            }
        };
    }
}

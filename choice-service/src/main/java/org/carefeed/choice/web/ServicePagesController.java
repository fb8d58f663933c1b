package org.carefeed.choice.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The pages every public service has, linked from the footer of every page. Their text is in the templates. */
@Controller
@EnableConfigurationProperties(SiteProperties.class)
class ServicePagesController {

    private final SiteProperties site;

    ServicePagesController(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @GetMapping("/accessibility-statement")
    String accessibility() {
        return "about/accessibility-statement";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "about/privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "about/cookies";
    }

    @GetMapping("/house-rules")
    String houseRules() {
        return "about/house-rules";
    }

    @GetMapping("/contact")
    String contact() {
        return "about/contact";
    }
}

package com.policyledger.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** For controller slice tests: the app's real security rules and web settings, nothing else. */
@TestConfiguration(proxyBeanMethods = false)
@Import(WebSecurityConfiguration.class)
@EnableConfigurationProperties(WebProperties.class)
public class WebSliceSecurity {
}

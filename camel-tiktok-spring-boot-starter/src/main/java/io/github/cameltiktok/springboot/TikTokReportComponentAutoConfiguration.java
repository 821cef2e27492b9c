/*
 * Copyright 2026 The camel-tiktok authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameltiktok.springboot;

import io.github.cameltiktok.TikTokReportComponent;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.tiktok-report.*} to the tiktok-report component through a Camel
 * {@link ComponentCustomizer}, as Camel's own starters do; {@code camel.component.tiktok-report.customizer.enabled=false}
 * turns it off.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, TikTokReportComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.tiktok-report" })
public class TikTokReportComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureTikTokReportComponent(ApplicationContext applicationContext,
                                                              TikTokReportComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.tiktok-report.customizer") && target instanceof TikTokReportComponent;
            }
        };
    }

    /** With Micrometer present (Spring Boot Actuator), the endpoints' figures as {@code tiktok.report.*} meters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    static class Metrics {

        @Bean
        TikTokReportMeters tiktokReportMeters(org.apache.camel.CamelContext camelContext) {
            return new TikTokReportMeters(camelContext);
        }
    }

    /** With Spring Boot Actuator present, /actuator/env and /actuator/configprops never show the secrets. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
    static class ActuatorSanitizing {

        @Bean
        TikTokReportSecretsSanitizer tiktokReportSecretsSanitizer() {
            return new TikTokReportSecretsSanitizer();
        }
    }
}

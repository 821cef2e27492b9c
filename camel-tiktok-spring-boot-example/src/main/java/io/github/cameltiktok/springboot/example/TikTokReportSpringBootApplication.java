package io.github.cameltiktok.springboot.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Camel Spring Boot application: the tiktok-report component is configured only in application.properties. */
@SpringBootApplication
public class TikTokReportSpringBootApplication {

    public static void main(String[] args) {
        SpringApplication.run(TikTokReportSpringBootApplication.class, args);
    }
}

# reporting-service from the Quarkus JVM layout: run `./mvnw -B package -pl reporting-service -am -DskipTests` first, then, from the
# repository root: docker build -f deploy/images/reporting-service.Dockerfile -t duban/reporting-service:0.1.0 .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 185 --home-dir /deployments duban
WORKDIR /deployments
# Dependencies change least often: their layer comes first.
COPY --chown=185 reporting-service/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 reporting-service/target/quarkus-app/*.jar /deployments/
COPY --chown=185 reporting-service/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 reporting-service/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 185
EXPOSE 8082
# The heap is a share of the container's memory limit (see deploy/README.md); JAVA_TOOL_OPTIONS may add to it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-XX:+ExitOnOutOfMemoryError", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", "/deployments/quarkus-run.jar"]

# syntax=docker/dockerfile:1
# Roundtable server image: built with the Maven wrapper, run on a JRE. Without SPRING_DATASOURCE_URL
# it would start its embedded PostgreSQL; docker-compose.yml gives it a real one.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY api/ api/
COPY audit/ audit/
COPY command/ command/
COPY query/ query/
COPY server/ server/
# The server's tests need test-support, so -am builds it too; the benchmark module is part of the reactor,
# so its POM must be there. The image holds only the server.
COPY test-support/ test-support/
COPY bench/ bench/
# The cache mount keeps downloaded dependencies between builds; tests run in CI, not here.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests -pl server -am

FROM eclipse-temurin:17-jre
# /var/lib/roundtable holds the checkpoint signing key (a volume in docker-compose.yml), apart from the
# database; a named volume takes this directory's owner when it is first created.
RUN useradd --system --uid 10001 --home-dir /app roundtable \
    && mkdir -p /app/data /var/lib/roundtable \
    && chown -R roundtable /app /var/lib/roundtable
WORKDIR /app
COPY --from=build /src/server/target/roundtable-server.jar /app/roundtable-server.jar
USER roundtable
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/roundtable-server.jar"]

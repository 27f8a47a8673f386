#!/usr/bin/env bash
# Builds a base image for Jib where no container registry can be reached (docs/operations.md, "The container image"):
# a minimal Debian (debootstrap, from a Debian mirror) with a Java 21+ runtime copied to /opt/java/openjdk, as the
# eclipse-temurin images have it, written in `docker save` format for `-Djib.from.image=tar://<file>`.
#
#   sudo deploy/container/offline-base-image.sh /usr/lib/jvm/temurin-25-jdk-amd64 target/base-image.tar
#   ./mvnw -DskipTests package jib:buildTar -Djib.from.image=tar://$PWD/target/base-image.tar
#
# Needs root (debootstrap) and Debian's debootstrap package; takes about a minute.
set -euo pipefail
JAVA_DIR="${1:?usage: $0 JAVA_HOME OUTPUT.tar [SUITE] [MIRROR]}"
OUT="$(realpath -m "${2:?usage: $0 JAVA_HOME OUTPUT.tar [SUITE] [MIRROR]}")"
SUITE="${3:-bookworm}"
MIRROR="${4:-http://deb.debian.org/debian}"
[ -x "$JAVA_DIR/bin/java" ] || { echo "No Java at $JAVA_DIR/bin/java" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
debootstrap --variant=minbase "$SUITE" "$WORK/rootfs" "$MIRROR" >"$WORK/debootstrap.log" \
  || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
rm -rf "$WORK"/rootfs/var/cache/apt/archives/*.deb "$WORK"/rootfs/var/lib/apt/lists/*
mkdir -p "$WORK/rootfs/opt/java"
cp -a "$JAVA_DIR" "$WORK/rootfs/opt/java/openjdk"
# what a runtime does not need: the JDK's module sources and jmods
rm -rf "$WORK/rootfs/opt/java/openjdk/jmods" "$WORK/rootfs/opt/java/openjdk/lib/src.zip"

tar --numeric-owner -C "$WORK/rootfs" -cf "$WORK/layer.tar" .
LAYER_SHA="$(sha256sum "$WORK/layer.tar" | cut -d' ' -f1)"
JAVA_VERSION="$("$JAVA_DIR/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')"
cat >"$WORK/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$LAYER_SHA"]},
 "history":[{"created_by":"deploy/container/offline-base-image.sh: debootstrap $SUITE + Java $JAVA_VERSION"}]}
JSON
echo '[{"Config":"config.json","RepoTags":["pso-portal-base:'"$SUITE"'"],"Layers":["layer.tar"]}]' >"$WORK/manifest.json"
tar -C "$WORK" -cf "$OUT" manifest.json config.json layer.tar
echo "Base image written to $OUT (Debian $SUITE, Java $JAVA_VERSION): -Djib.from.image=tar://$OUT"

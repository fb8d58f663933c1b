#!/usr/bin/env bash
# Installs the NHS.UK design system (nhsuk-frontend, exactly the version in package-lock.json) from the npm
# registry and copies its built CSS, JavaScript and images into the module's static resources, where
# Spring Boot serves them at /assets/nhsuk/ in both services. `./mvnw` runs it in generate-resources;
# by hand: web/build-assets.sh [output directory]. Nothing it writes is committed.
set -euo pipefail
here="$(cd "${BASH_SOURCE[0]%/*}" && pwd)"
out="${1:-$here/target/classes/META-INF/resources/assets/nhsuk}"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[web] Node.js and npm are needed to build the web module: it installs the NHS.UK design system" \
       "(nhsuk-frontend) from the npm registry. Install them (apt-get install nodejs npm; .ci/run does) and build again." >&2
  exit 1
fi

cd "$here"
# A later lock file, or none installed yet, means install; otherwise the installed copy is reused, so an
# offline build works once the package has been installed.
if [ ! -f node_modules/nhsuk-frontend/package.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # Exactly the locked version; the package has no install scripts, and none of anything else may run.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

dist=node_modules/nhsuk-frontend/dist/nhsuk
rm -rf "$out"
mkdir -p "$out"
# The stylesheet names its images from the site root (/assets/images/); relative to the stylesheet they
# are found wherever the assets are served from, behind any path prefix.
sed 's#url(/assets/images/#url(images/#g' "$dist/nhsuk-frontend.min.css" > "$out/nhsuk-frontend.min.css"
if grep -q 'url(/assets/' "$out/nhsuk-frontend.min.css"; then
  echo "[web] nhsuk-frontend.min.css still names /assets/ from the site root: update build-assets.sh." >&2
  exit 1
fi
cp "$dist/nhsuk-frontend.min.js" "$dist/nhsuk-frontend.min.js.map" "$out/"
cp -R "$dist/assets/images" "$dist/assets/manifest.json" "$out/"
echo "[web] nhsuk-frontend $(node -p "require('./node_modules/nhsuk-frontend/package.json').version") copied to $out"

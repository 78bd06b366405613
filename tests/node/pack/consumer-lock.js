// The package-lock.json of a fresh project that depends on the packed
// tarball alone, built from this repository's own lock: the same versions,
// resolved URLs and integrity hashes `npm ci` already installed here. With
// it, `npm ci --offline` in that project needs nothing but the tarballs in
// the npm cache (which `npm ci` here filled) and never asks the registry for
// a package's metadata, which `npm ci` does not cache.

/** Flags that describe this repository's tree, not the consumer's. */
const TREE_FLAGS = ['dev', 'devOptional', 'peer', 'extraneous'];

/**
 * Where Node would find `name` from the package installed at `from`
 * (a lockfile path such as `node_modules/lit`, or '' for the root).
 * @param {Record<string, any>} packages
 * @param {string} from
 * @param {string} name
 */
function locate(packages, from, name) {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const path = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[path]) return path;
    if (!dir) return undefined;
  }
}

/**
 * @param {{ packages: Record<string, any> }} repoLock this repository's package-lock.json
 * @param {{ name: string, version: string, license?: string, dependencies?: Record<string, string>, bin?: any, engines?: any }} pkg the packed package.json
 * @param {{ name: string, tarball: string, integrity: string }} consumer the project's name, the tarball's path relative to it, its integrity
 */
export function consumerLock(repoLock, pkg, consumer) {
  const spec = `file:${consumer.tarball}`;
  /** @type {Record<string, any>} */
  const packages = {
    '': { name: consumer.name, dependencies: { [pkg.name]: spec } },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: spec,
      integrity: consumer.integrity,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  /** @type {Array<[string, string]>} */
  const queue = Object.keys(pkg.dependencies ?? {}).map((name) => ['', name]);
  while (queue.length) {
    const [from, name] = /** @type {[string, string]} */ (queue.shift());
    const path = locate(repoLock.packages, from, name);
    if (!path) throw new Error(`${name} (needed by ${from || pkg.name}) is not in package-lock.json`);
    if (packages[path]) continue;
    const entry = { ...repoLock.packages[path] };
    for (const flag of TREE_FLAGS) delete entry[flag];
    packages[path] = entry;
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) queue.push([path, dep]);
  }
  return { name: consumer.name, lockfileVersion: 3, requires: true, packages };
}

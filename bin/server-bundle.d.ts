// Types of server-bundle.js, for the TypeScript build step and tests that share its constants.
export declare const defaultProjectDir: string;
export declare const serverBundleDirName: string;
export declare const serverBundleEntryName: string;
export declare const serverBundleManifestName: string;
export declare const serverBundleFormat: number;
export declare function fileStamp(file: string): [size: number, mtimeMs: number] | null;
export declare function freshServerBundle(projectDir?: string): string | null;

// s3rver ships no types; this is the part of its API the tests use (lib/test/s3-server.ts).
declare module "s3rver" {
  export type S3rverOptions = {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    configureBuckets?: { name: string; configs?: string[] }[];
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
  };
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}

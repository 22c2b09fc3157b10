declare module '@11ty/eleventy' {
  /** The part of Eleventy's configuration API the build uses beyond .eleventy.ts. */
  export interface UserConfig {
    addTransform(name: string, transform: (this: { page: { url: string; outputPath: string } }, content: string) => string | Promise<string>): void;
  }
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: { configPath?: string; quietMode?: boolean; config?: (eleventyConfig: UserConfig) => void | Promise<void> },
    );
    write(): Promise<unknown>;
  }
}

declare module '@11ty/eleventy-dev-server' {
  interface DevServer {
    serve(port: number): Promise<void>;
    reload(event: { files?: string[] }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options: { port?: number; domDiff?: boolean; liveReload?: boolean }): DevServer;
  };
  export default EleventyDevServer;
}

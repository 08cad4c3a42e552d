import type { NextConfig } from "next";

// Defaults only: the bare page is the framework's own cost (docs/benchmarks/pages.md).
const config: NextConfig = {};
export default config;

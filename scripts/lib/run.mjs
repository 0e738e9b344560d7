// Runs a command, echoing its output, and resolves with the exit code and the captured text.
import { spawn } from "node:child_process";

export const QUIET_TOOLS_ENV = {
    // The PCF toolchain sends telemetry unless told not to.
    PP_TOOLS_TELEMETRY_OPTOUT: "true",
    APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
};

/**
 * `signal` (an AbortSignal) stops the command early, e.g. when a step running beside it has failed;
 * `onOutput` sees the output as it comes, e.g. to start the next step at a given line.
 */
export function run(command, args, { cwd, echo = true, env = {}, signal, onOutput } = {}) {
    return new Promise((resolve) => {
        const child = spawn(command, args, {
            cwd,
            env: { ...process.env, ...QUIET_TOOLS_ENV, ...env },
            stdio: ["ignore", "pipe", "pipe"],
            shell: process.platform === "win32",
            signal,
        });
        let output = "";
        const collect = (chunk, stream) => {
            output += chunk.toString();
            onOutput?.(output);
            if (echo) stream.write(chunk);
        };
        child.stdout.on("data", (chunk) => collect(chunk, process.stdout));
        child.stderr.on("data", (chunk) => collect(chunk, process.stderr));
        child.on("error", (error) => resolve({ code: 1, output: output + String(error) }));
        child.on("close", (code) => resolve({ code: code ?? 1, output }));
    });
}

export function fail(message) {
    console.error(`\n✖ ${message}`);
    process.exit(1);
}

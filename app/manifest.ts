import type { MetadataRoute } from "next";

// The web app manifest: a home-screen icon and name for people who add Hearth to their phone.
// The icons come from app/icon.svg (scripts/generate-icons.ts).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Hearth",
    short_name: "Hearth",
    description: "Northwind's home online: leaders who answer, moments of pride, communities and fun.",
    start_url: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#c2410c",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

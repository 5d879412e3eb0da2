type StaticImage = { src: string; width: number; height: number }

export type ArticleImageProps = { src: StaticImage | string; alt: string; title?: string }

/** An image that sits beside its article (content/<slug>/x.svg), imported at build time with its size. */
export function ArticleImage({ src, alt, title }: ArticleImageProps) {
  const image = typeof src === 'string' ? { src, width: undefined, height: undefined } : src
  return (
    // Static files of the article: next/image would add a client bundle for no gain on SVG diagrams.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.src}
      width={image.width}
      height={image.height}
      alt={alt}
      title={title}
      loading="lazy"
      decoding="async"
      className="mx-auto h-auto max-w-full"
    />
  )
}

import Article from './article.mdx'

export default function Page() {
  return (
    <main>
      <article>
        <Article />
      </article>
    </main>
  )
}

package org.observatory.generate;

import java.util.SplittableRandom;

/**
 * The words synthetic Hub records are made of: user-name syllables, model families, tasks and
 * libraries, with rough weights. Hand-picked to look like the Hub, not fitted to it (authors,
 * licenses, downloads and lineage come from the fitted {@link HubProfile}).
 */
final class Vocabulary {
  static final String[] SYLLABLES = {
    "ka", "ri", "mo", "to", "na", "shi", "lu", "ve", "do", "ra", "zen", "ai", "lab", "neo", "xi",
    "jun", "pa", "mi", "so", "te", "quin", "bo", "yu", "el"
  };

  static final String[] FAMILIES = {
    "Llama-3.1",
    "Qwen2.5",
    "Mistral",
    "gemma-2",
    "phi-3",
    "bert-base",
    "roberta-large",
    "t5-small",
    "whisper-small",
    "stable-diffusion-xl",
    "DeepSeek-R1-Distill",
    "Falcon",
    "bloom",
    "gpt2",
    "vit-base",
    "wav2vec2",
    "distilbert",
    "SmolLM2",
    "Mixtral",
    "CodeLlama"
  };

  static final String[] SIZES = {
    "", "-0.5B", "-1.5B", "-3B", "-7B", "-8B", "-13B", "-14B", "-32B", "-70B"
  };

  static final String[] SUFFIXES = {
    "",
    "-Instruct",
    "-chat",
    "-finetuned",
    "-sft",
    "-dpo",
    "-v2",
    "-lora",
    "-merged",
    "-ft-squad",
    "-imdb"
  };

  /** Pipeline tags and their weights (text generation dominates). */
  static final String[] TASKS = {
    "text-generation", "text-classification", "text-to-image", "automatic-speech-recognition",
    "feature-extraction", "token-classification", "image-classification", "sentence-similarity",
    "question-answering", "translation", "reinforcement-learning", "summarization"
  };

  static final int[] TASK_WEIGHTS = {40, 14, 9, 5, 6, 5, 5, 5, 3, 3, 3, 2};

  static final String[] LIBRARIES = {
    "transformers",
    "peft",
    "diffusers",
    "sentence-transformers",
    "gguf",
    "timm",
    "mlx",
    "stable-baselines3",
    "keras",
    "pytorch"
  };

  static final int[] LIBRARY_WEIGHTS = {52, 14, 8, 6, 8, 3, 3, 2, 2, 2};

  static final String[] ARCHITECTURES = {
    "llama", "qwen2", "mistral", "gemma2", "phi3", "bert", "roberta", "t5", "whisper", "vit",
    "gpt2", "mixtral"
  };

  static final String[] LANGUAGES = {
    "en", "zh", "fr", "de", "es", "ja", "ko", "ru", "multilingual"
  };

  private Vocabulary() {}

  /** One of {@code words}, chosen with the given weights. */
  static String weighted(SplittableRandom rng, String[] words, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int pick = rng.nextInt(total);
    for (int i = 0; i < words.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return words[i];
      }
    }
    return words[words.length - 1];
  }

  /** One of {@code words}, uniformly. */
  static String any(SplittableRandom rng, String[] words) {
    return words[rng.nextInt(words.length)];
  }
}
